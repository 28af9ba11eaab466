"""Turn one built page of the site into a chapter of the PDF: its article, minus the screen."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup

from . import editions, figures, page_numbers, plain_text, wide

# Screen-only parts of a page (trainer notes are only printed in the trainer edition).
DROP = ", ".join([
    "a.headerlink", ".md-content__button", ".md-source-file", ".md-feedback",
    "[class*=projection]", ".screen-only", ".downloads", "script", "style", "noscript",
    "form", "button", "input", "nav", "dialog", "iframe", "template",
])
ID_REFERENCES = ("aria-labelledby", "aria-describedby", "aria-controls", "for")
# Links that do not get "see p. N" on paper: citations, glossary terms, footnotes, answers (they
# print their own page), and any link into an alphabetical appendix (the reader finds it by name).
NO_PAGE_REF = {"citation", "glossary-link", "footnote-ref", "footnote-backref"}
HOST = "http://site.invalid"  # a dummy origin, to resolve relative links with urljoin


@dataclass
class Chapter:
    slug: str       # the page's file name without .md: also its anchor in the PDF
    url: str        # its address from the site root: /notion/, /en/notion/
    title: str      # the page's h1
    body: str = ""  # the cleaned article, without the h1
    appendix: str = ""  # "A", "B"... for appendices
    heading: str = ""   # the title as printed: "Annexe A — Glossaire" for an appendix
    duration: str = ""  # "90 min", from the lesson header
    sections: list = field(default_factory=list)  # (id, title) of each h2
    slides: dict = field(default_factory=dict)    # section id -> (first, last) slide on the screen
    answers: list = field(default_factory=list)   # editions.Answer, taken out of the trainee edition
    alphabetical: bool = False  # the glossary: found by name, so links to it print no page number
    opens_wide: bool = False    # its first page is a landscape one (a wide table at its start)


def page_file(site: Path, url: str) -> Path:
    return site / url.lstrip("/") / "index.html"


def _same(a: str, b: str) -> bool:
    """Whether a link's text already shows its address (then it is not printed twice)."""
    def bare(s: str) -> str:
        return s.strip().removeprefix("mailto:").removeprefix("https://").removeprefix("http://").rstrip("/")
    return bare(a) == bare(b)


def load(site: Path, chapter: Chapter) -> BeautifulSoup:
    """The article of a built page; fills in the chapter title from its h1."""
    path = page_file(site, chapter.url)
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
    article = soup.select_one("article.md-content__inner") or soup.body
    h1 = article.find("h1")
    if h1:
        for link in h1.select("a.headerlink"):
            link.decompose()
        chapter.title = plain_text(h1)
        h1.decompose()
    else:
        chapter.title = soup.title.get_text(strip=True).split(" - ")[0]
    duration = article.select_one(".lesson-header__duration strong")
    chapter.duration = duration.get_text(" ", strip=True) if duration else ""
    chapter.sections = [(h2["id"], _text(h2)) for h2 in article.find_all("h2", id=True)
                        if not h2.find_parent(class_=["lesson-header", "lesson-keypoints"])]
    deck = article.select_one("template.projection-deck")
    chapter.slides = editions.slide_ranges(BeautifulSoup(deck.decode_contents(), "lxml") if deck else None)
    return article


def _text(heading) -> str:
    return plain_text(heading)


def clean(article, chapter: Chapter, chapters: dict[str, Chapter], site: Path, site_url: str,  # "" when unknown
          words: dict, trainer: bool = False, paper: bool = True) -> str:
    """The article as HTML for the PDF: ids made unique, links resolved; in the trainee edition
    the answers go to chapter.answers and the trainer notes are left out."""
    for element in article.select(DROP if trainer else f"{DROP}, .trainer"):
        element.decompose()
    _unfold_tabs(article)
    slug = chapter.slug
    for element in article.find_all(id=True):
        element["id"] = f"{slug}--{element['id']}"
    for attribute in ID_REFERENCES:
        for element in article.find_all(attrs={attribute: True}):
            element[attribute] = " ".join(f"{slug}--{ref}" for ref in element[attribute].split())
    if trainer:
        editions.mark_section_slides(article, chapter, words)
    for details in article.find_all("details"):
        details["open"] = ""  # what the screen folds (answers, trainer notes, outlines) is printed open
    by_url = {c.url: c for c in chapters.values()}
    base = HOST + chapter.url
    for link in article.find_all("a", href=True):
        href = link["href"]
        parts = urlsplit(urljoin(base, href))
        if f"{parts.scheme}://{parts.netloc}" == HOST:
            path = parts.path.removesuffix("index.html")
            target = by_url.get(path)
            if link.find_parent(class_="reference__cited") and not target:
                _drop_listed(link)  # "Cité dans" names only the parts of this book
                continue
            if target:  # a part of the PDF: jump inside the document, and say on which page
                anchor = f"{target.slug}--{parts.fragment}" if parts.fragment else target.slug
                link["href"] = f"#{anchor}"
                if paper and not (set(link.get("class", [])) & NO_PAGE_REF or target.alphabetical
                        or link.find_parent(class_=["answer-ref", "answer-back", "reference__cited"])):
                    _page_reference(article, link, anchor, words)
                continue
            if not site_url:  # a page left out of the PDF, and no public address to print: plain text
                link.unwrap()
                continue
            href = site_url.rstrip("/") + parts.path + (f"#{parts.fragment}" if parts.fragment else "")
            link["href"] = href
        if parts.scheme in ("http", "https", "mailto") or (site_url and href.startswith(site_url)):
            link["class"] = [*link.get("class", []), "external"]
            if paper and not _same(link.get_text(), href):
                url = article.new_tag("span", attrs={"class": "link-url"})
                url.string = href.removeprefix("mailto:")
                link.append(url)
    for cited in article.select(".reference__cited"):
        if not cited.find("a"):
            cited.decompose()
    page_path = page_file(site, chapter.url)
    for image in article.find_all("img", src=True):
        image["src"] = urljoin(page_path.as_uri(), image["src"])
        image.attrs.pop("srcset", None)
        image.attrs.pop("loading", None)
    if not trainer:  # after the links and images are resolved: the answers move to another part
        chapter.answers = editions.gather_answers(article, slug, words, paper)
    if paper:
        figures.size(article)
        wide.mark(article)
    _keep_headings(article)
    chapter.opens_wide = paper and _lead_into_wide(article)
    return article.decode_contents()


def _page_reference(article, link, anchor: str, words: dict) -> None:
    """After a link, on paper: "(voir p. 12)", or ", p. 12" when the link is already in brackets."""
    after = link.next_sibling
    if isinstance(after, str) and after.startswith(")"):
        link.insert_after(f"{words['comma']}{words['page_short']}\u00a0")
        link.next_sibling.insert_after(page_numbers.reference(article, anchor))
    else:
        link.insert_after(f"\u00a0({words['see_page']}\u00a0")
        link.next_sibling.insert_after(page_numbers.reference(article, anchor, ")"))


def _drop_listed(link) -> None:
    """A link taken out of a comma-separated list, with its comma."""
    for sibling in (link.previous_sibling, link.next_sibling):
        if isinstance(sibling, str) and sibling.strip() == ",":
            sibling.extract()
            break
        if isinstance(sibling, str) and sibling.rstrip().endswith(","):
            sibling.replace_with(sibling.rstrip().removesuffix(",") + " ")
            break
    link.decompose()


def _only_a_table(element) -> bool:
    children = element.find_all(recursive=False)
    return element.name == "table" or (len(children) == 1 and children[0].name == "table")


def _lead_into_wide(article) -> bool:
    """When a chapter opens with a few paragraphs and then a wide table (the panorama), the
    paragraphs go onto the table's landscape page rather than alone onto a page of their own."""
    first = article.find(class_="wide-block", recursive=False)
    if first is None:
        return False
    before = first.find_previous_siblings()
    if any(element.name != "p" for element in before) or sum(len(p.get_text()) for p in before) > 800:
        return False
    for paragraph in before:   # nearest first
        first.insert(0, paragraph.extract())
    return True


def _keep_headings(article) -> None:
    """A heading, or a short paragraph that leads into a table, kept on one page with the table or
    figure after it (WeasyPrint does not carry break-after: avoid over a table): no "Jour 2"
    alone at the foot of a page, no worksheet question away from its table."""
    leads = [p for p in article.find_all("p") if len(p.get_text()) <= 300]
    for lead in leads + article.find_all(["h2", "h3", "h4"]):
        following = lead.find_next_sibling()
        if following is None or not (following.name in ("table", "figure")
                                     or following.select_one(":scope > table, :scope > img")):
            continue
        if lead.name == "p" and not _only_a_table(following):   # a lead-in sentence, and its table
            continue
        wide_table = "wide-table" in (following.get("class") or [])
        keep = article.new_tag("div", attrs={"class": "wide-block" if wide_table else "keep-together"})
        lead.insert_before(keep)
        keep.append(lead.extract())
        keep.append(following.extract())


def _unfold_tabs(article) -> None:
    """Tabbed blocks (pymdownx.tabbed): every tab printed in turn, under its label."""
    for tabs in article.select(".tabbed-set"):
        labels = [label.get_text(" ", strip=True) for label in tabs.select(".tabbed-labels > label")]
        for label in tabs.select(".tabbed-labels"):
            label.decompose()
        for text, block in zip(labels, tabs.select(".tabbed-content > .tabbed-block")):
            title = article.new_tag("p", attrs={"class": "tab-title"})
            title.string = text
            block.insert(0, title)
