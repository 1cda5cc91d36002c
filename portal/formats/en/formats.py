"""English dates the way the portal's letters write them ("1 December 2026"),
day before month; Django's own English formats are American ("Dec. 1, 2026",
"12/01/2026"), which a reader in Denmark misreads."""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
MONTH_DAY_FORMAT = "j F"
YEAR_MONTH_FORMAT = "F Y"
FIRST_DAY_OF_WEEK = 1
