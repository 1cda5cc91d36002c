"""HTML → PDF/A with WeasyPrint: fonts, stylesheet, a local-only URL fetcher.

Nothing here reaches the network: the fetcher serves ``data:`` URIs and files
under the letter templates and the font folder, and refuses everything else.
"""

from __future__ import annotations

import threading
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from django.conf import settings
from weasyprint import CSS, HTML, URLFetcher
from weasyprint.text.fonts import FontConfiguration

#: PDF/A-3 level U: archival, every font embedded, text extractable as Unicode.
#: Tagging (for screen readers) is switched on separately with ``pdf_tags``.
PDF_VARIANT = "pdf/a-3u"

SKABELON_MAPPE = Path(__file__).resolve().parent.parent / "templates" / "breve"
STYLESHEET = SKABELON_MAPPE / "brev.css"

#: IBM Plex Sans (the font of Det Fælles Designsystem), shipped in the dkfds npm
#: package. Without it the letters fall back to DejaVu Sans via fontconfig.
_PLEX_UNDERMAPPE = Path("node_modules/dkfds/dist/fonts/IBMPlexSans/complete/ttf")
_PLEX_SNIT = (
    # file, weight, style
    ("IBMPlexSans-Regular.ttf", 400, "normal"),
    ("IBMPlexSans-Italic.ttf", 400, "italic"),
    ("IBMPlexSans-SemiBold.ttf", 600, "normal"),
    ("IBMPlexSans-Bold.ttf", 700, "normal"),
    ("IBMPlexSans-BoldItalic.ttf", 700, "italic"),
)


def font_mappe() -> Path | None:
    """The folder with the IBM Plex Sans TTF files, or None if it is missing.

    ``settings.BREVE_FONT_DIR`` overrides where it is looked for.
    """
    mappe = getattr(settings, "BREVE_FONT_DIR", None)
    if mappe is None:
        base = Path(getattr(settings, "BASE_DIR", Path(__file__).resolve().parents[2]))
        mappe = base / _PLEX_UNDERMAPPE
    mappe = Path(mappe)
    if all((mappe / fil).is_file() for fil, _, _ in _PLEX_SNIT):
        return mappe.resolve()
    return None


def css_streng(tekst: str) -> str:
    """A CSS string literal, every character outside a small safe set escaped."""
    sikre = " .,:-_/()"
    indhold = "".join(c if (c.isascii() and c.isalnum()) or c in sikre else f"\\{ord(c):x} " for c in tekst)
    return f'"{indhold}"'


class LokalURLFetcher(URLFetcher):
    """Serves data: URIs and files under the allowed folders; refuses the rest."""

    def __init__(self, tilladte_mapper):
        super().__init__(allowed_protocols=("file", "data"), fail_on_errors=False)
        self._tilladte = tuple(Path(m).resolve() for m in tilladte_mapper)

    def fetch(self, url, headers=None):
        skema = url.split(":", 1)[0].lower() if ":" in url else ""
        if skema == "data":
            return super().fetch(url, headers)
        if skema != "file":
            raise ValueError(f"letters fetch no remote resources: {url[:80]!r}")
        dele = urlsplit(url)
        if dele.netloc not in ("", "localhost"):
            raise ValueError(f"letters fetch no remote resources: {url[:80]!r}")
        sti = Path(url2pathname(unquote(dele.path))).resolve()
        if not any(sti.is_relative_to(mappe) for mappe in self._tilladte):
            raise ValueError(f"file outside the letter folders: {sti}")
        return super().fetch(sti.as_uri(), headers)


def _font_css(mappe: Path | None) -> str:
    if mappe is None:
        return ""
    regler = []
    for fil, vaegt, stil in _PLEX_SNIT:
        regler.append(
            '@font-face { font-family: "Brev Sans"; '
            f'src: url({css_streng((mappe / fil).as_uri())}) format("truetype"); '
            f"font-weight: {vaegt}; font-style: {stil}; }}"
        )
    return "\n".join(regler)


class _Opsaetning:
    """Per-thread WeasyPrint state: font configuration, fetcher, parsed stylesheets.

    Parsing the stylesheet and loading the @font-face fonts once per thread
    instead of once per letter saves a good part of the rendering time.
    """

    def __init__(self):
        self.font_mappe = font_mappe()
        mapper = [SKABELON_MAPPE] + ([self.font_mappe] if self.font_mappe else [])
        self.fetcher = LokalURLFetcher(mapper)
        self.font_config = FontConfiguration()
        self.font_css = CSS(
            string=_font_css(self.font_mappe) or "/* DejaVu Sans via fontconfig */",
            font_config=self.font_config,
            url_fetcher=self.fetcher,
        )
        self.brev_css = CSS(filename=str(STYLESHEET), font_config=self.font_config, url_fetcher=self.fetcher)
        self._side_css: dict[str, CSS] = {}

    def side_css(self, sidetekst: str) -> CSS:
        """The page number rule, from a translated 'Page {page} of {pages}'."""
        if sidetekst not in self._side_css:
            dele = []
            for del_ in sidetekst.replace("{pages}", "\0pages\0").replace("{page}", "\0page\0").split("\0"):
                if del_ in ("page", "pages"):
                    dele.append(f"counter({del_})")
                elif del_:
                    dele.append(css_streng(del_))
            self._side_css[sidetekst] = CSS(
                string=f"@page {{ @bottom-right {{ content: {' '.join(dele)}; }} }}",
                font_config=self.font_config,
                url_fetcher=self.fetcher,
            )
        return self._side_css[sidetekst]


_lokal = threading.local()


def opsaetning() -> _Opsaetning:
    """This thread's WeasyPrint state, rebuilt if the font folder changed."""
    ops = getattr(_lokal, "opsaetning", None)
    if ops is None or ops.font_mappe != font_mappe():
        ops = _lokal.opsaetning = _Opsaetning()
    return ops


def html_til_pdf(html: str, *, sidetekst: str) -> bytes:
    """Render letter HTML to tagged PDF/A bytes."""
    ops = opsaetning()
    dokument = HTML(
        string=html,
        base_url=SKABELON_MAPPE.as_uri() + "/",
        url_fetcher=ops.fetcher,
        media_type="print",
    )
    return dokument.write_pdf(
        stylesheets=[ops.font_css, ops.brev_css, ops.side_css(sidetekst)],
        font_config=ops.font_config,
        pdf_variant=PDF_VARIANT,
        pdf_tags=True,
    )
