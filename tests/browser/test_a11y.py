"""Accessibility in Chromium, on every built page in both languages: zero axe-core violations
(WCAG 2.0, 2.1 and 2.2, levels A and AA, and best practices) in the light palette on a desktop
and the dark palette on a phone, and in projection mode; every control reachable with the Tab key
and visibly focused; tooltips that open on keyboard focus."""
from __future__ import annotations

from pathlib import Path

import pytest

import course
from conftest import pages
from pages import violations

pytestmark = pytest.mark.browser

LAYOUTS = {
    "light desktop": {"color_scheme": "light", "viewport": {"width": 1280, "height": 800}},
    "dark phone": {"color_scheme": "dark", "viewport": {"width": 390, "height": 844},
                   "is_mobile": True, "has_touch": True, "device_scale_factor": 2},
}


def web_paths(site: Path) -> list[str]:
    return [p.relative_to(site).as_posix().removesuffix("index.html") for p in pages(site)]


# Every page of every language, known from the configuration: one test each, which xdist spreads.
PATHS = [course.url(lang, page) for lang in course.LANGS for page in course.NAV]


def test_every_built_page_is_checked(site):
    assert sorted(PATHS) == sorted(web_paths(site))


@pytest.fixture
def layout_page(browser, request):
    context = browser.new_context(**LAYOUTS[request.param])
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("layout_page", list(LAYOUTS), indirect=True)
def test_no_axe_violation_on_any_page(layout_page, base_url, path):
    layout_page.goto(base_url + path)
    problems = violations(layout_page)
    assert not problems, f"/{path}:\n" + "\n".join(problems)


def test_no_axe_violation_in_projection_mode(page, site, base_url):
    projected, problems = 0, []
    page.set_viewport_size({"width": 1280, "height": 720})
    for path in web_paths(site):
        page.goto(base_url + path)
        button = page.locator("button.projection-button")
        if not button.count():
            continue
        button.click()
        page.locator("html.projection-on").wait_for(state="attached")
        for slide in ("title slide", "second slide"):
            problems += [f"/{path} ({slide}): {v}" for v in violations(page)]
            page.keyboard.press("PageDown")
        projected += 1
    assert projected == len(course.chapters()) * len(course.LANGS), "not every chapter page has a projection mode"
    assert not problems, "\n".join(problems)


# Installed in the page before tabbing: how each control looks at rest (compared with its look
# when focused, it tells whether focus is visible), the visible controls, and the definition each
# glossary term must show in place (from the page's <template class="glossary-definitions">).
KEYBOARD_PROBE = """() => {
  const parts = el => [el, ...(el.labels || []),
                       ...(el.nextElementSibling && el.nextElementSibling.tagName === 'LABEL' ? [el.nextElementSibling] : [])];
  const look = el => parts(el).map(t => {
    const s = getComputedStyle(t);
    return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.color,
            s.textDecorationLine, s.textDecorationColor, s.borderBottomColor, s.opacity, s.transform].join(' ');
  }).join(' / ');
  const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
    + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
    + ' "' + (el.textContent || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 40) + '"';
  const controls = () => [...document.querySelectorAll(
      'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]')]
    .filter(el => el.tabIndex >= 0 && !el.disabled && !el.closest('[inert]')
      && el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})
      && el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().height > 0);
  const template = document.querySelector('template.glossary-definitions');
  const definition = el => {
    const text = template && template.content.querySelector(
      '[data-entry="' + el.getAttribute('data-glossary') + '"] .glossary-definition__text');
    return text ? text.textContent.trim() : '(no definition carried)';
  };
  const titles = new Map([...document.querySelectorAll('[data-glossary]')].map(a => [a, definition(a)]));
  const seen = new Map();
  const rest = new Map([...document.querySelectorAll(
      'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]')].map(el => [el, look(el)]));
  const frame = () => new Promise(r => requestAnimationFrame(r));
  const tooltipShown = async el => {
    for (let i = 0; i < 60; i++) {
      const tip = document.getElementById(el.getAttribute('aria-describedby') || '');
      const text = tip && tip.querySelector('.glossary-popup__text');
      if (tip && tip.checkVisibility({checkOpacity: true}) && text && text.textContent.trim() === titles.get(el)) return true;
      await new Promise(r => setTimeout(r, 25));
    }
    return false;
  };
  window.__keyboard = {
    limit: controls().length * 2 + 30,
    // After each Tab: 'again' once the focus comes back round, else record the focused look. The
    // definition popup moves after each term it opens for: its link is met again, not the end.
    step: async () => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'body';
      if (seen.has(el)) return el.closest('.glossary-popup') ? 'popup' : 'again';
      // Some controls change on the next frame (Material opens the search box on focus).
      let now = look(el);
      for (let i = 0; i < 10 && rest.get(el) === now; i++) { await frame(); now = look(el); }
      seen.set(el, now);
      if (titles.has(el) && !(await tooltipShown(el))) return 'silent:' + describe(el);
      return 'new';
    },
    report: () => {
      document.activeElement && document.activeElement.blur();
      return {
        unreached: controls().filter(el => !seen.has(el)).map(describe),
        invisible: [...seen].filter(([el, focused]) => (rest.has(el) ? rest.get(el) : look(el)) === focused)
                            .map(([el]) => describe(el)),
      };
    },
  };
}"""


def tab_through(page) -> tuple[list[str], list[str], list[str]]:
    """Press Tab until the focus comes back round; return the controls never reached, those
    reached without a visible change, and the terms whose tooltip did not open on focus."""
    page.evaluate(KEYBOARD_PROBE)
    silent = []
    for _ in range(page.evaluate("() => window.__keyboard.limit")):
        page.keyboard.press("Tab")
        state = page.evaluate("() => window.__keyboard.step()")
        if state == "again":
            break
        if state.startswith("silent:"):
            silent.append(state.removeprefix("silent:"))
    report = page.evaluate("() => window.__keyboard.report()")
    return report["unreached"], report["invisible"], silent


@pytest.mark.parametrize("path", PATHS)
def test_every_control_is_reachable_and_visibly_focused(browser, base_url, path):
    # Transitions off, so that a focused element is measured in its final look; that needs a
    # style element, which the pages' own policy (tested in test_privacy.py) would refuse.
    context = browser.new_context(viewport={"width": 1280, "height": 800}, bypass_csp=True)
    page = context.new_page()
    page.goto(base_url + path)
    page.add_style_tag(content="*, ::before, ::after { transition: none !important; animation: none !important }")
    unreached, invisible, silent = tab_through(page)
    context.close()
    problems = [f"not reachable by Tab: {c}" for c in unreached]
    problems += [f"focus not visible: {c}" for c in invisible]
    problems += [f"no definition on focus: {c}" for c in silent]
    assert not problems, f"/{path}:\n" + "\n".join(problems)
