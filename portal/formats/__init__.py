"""Date formats per language, where Django's own differ from how the portal writes dates."""
