"""No TEI content runs in the page: the hostile fixture served by a real server on 127.0.0.1 and
opened in headless Chromium (Debian's, through Playwright; never `playwright install`): the
`browser` fixture is tests/conftest.py's."""

import shutil

import pytest

from edition.web import create_app
from web.servers import app_server  # tests/web/servers.py: tests/ is on sys.path, as for `conftest`

from .conftest import HOSTILE_TEI, document

pytestmark = pytest.mark.slow

PAGES = ["/doc/hostile-script/", "/doc/hostile-script/diplomatic/", "/persons/", "/persons/stalin/", "/", "/about/",
         "/doc/%3Cscript%3Ealert(21)%3C%2Fscript%3E/"]


def served(folder):
    """The viewer on `folder` behind waitress on 127.0.0.1 (the load test serves the same way)."""
    return app_server(create_app({"TEI_DIR": str(folder)}))


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile") / "tei"
    shutil.copytree(HOSTILE_TEI, folder)
    (folder / "clean.xml").write_text(document(), encoding="utf-8")
    with served(folder) as base:
        yield base


@pytest.fixture
def tab(browser):
    context = browser.new_context()
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


INJECTED = """() => {
  const bad = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (/^on/i.test(a.name) || a.name === 'style' || a.name === 'srcdoc') bad.push(el.tagName + ' @' + a.name);
      if (/^(href|src|action|formaction|data)$/i.test(a.name) && /^\\s*(javascript|data|vbscript):/i.test(a.value))
        bad.push(el.tagName + ' @' + a.name + '=' + a.value);
    }
    if (['IFRAME', 'OBJECT', 'EMBED', 'BASE', 'IMG'].includes(el.tagName)) bad.push(el.tagName);
    if (el.tagName === 'FORM' && new URL(el.action).origin !== location.origin) bad.push('FORM to ' + el.action);
    if (el.tagName === 'SCRIPT' && !(el.src && new URL(el.src).origin === location.origin)) bad.push('inline SCRIPT');
  }
  return bad;
}"""


@pytest.mark.parametrize("path", PAGES)
def test_no_tei_content_becomes_a_dialog_an_element_or_a_handler(tab, site, path):
    tab.goto(site + path)
    for link in tab.locator("main a").all()[:40]:  # hover and focus what a reader would touch
        link.hover()
        link.focus()
    tab.wait_for_timeout(100)
    assert tab.evaluate(INJECTED) == []
    assert tab.dialogs == []
    assert tab.evaluate("typeof window.alert") == "function"  # alert exists: nothing just failed to call it


def test_the_hostile_text_is_shown_as_text(tab, site):
    tab.goto(site + "/doc/hostile-script/")
    text = tab.inner_text("main")
    assert "<script>alert(4)</script>" in text and "alert(9)" in text


def test_the_content_security_policy_blocks_an_inline_script_that_got_in(tab, site):
    tab.goto(site + "/doc/hostile-script/")
    blocked = tab.evaluate("""() => new Promise(resolve => {
      document.addEventListener('securitypolicyviolation', e => resolve(e.violatedDirective));
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true; alert(22)';
      document.body.appendChild(s);
      setTimeout(() => resolve(window.__ran ? 'ran' : 'no event'), 2000);
    })""")
    assert blocked.startswith("script-src")
    assert tab.evaluate("window.__ran === undefined") and tab.dialogs == []


def test_the_content_security_policy_blocks_an_injected_handler(tab, site):
    tab.goto(site + "/doc/hostile-script/")
    tab.evaluate("""() => { const b = document.createElement('button'); b.id = 'x';
                  b.setAttribute('onclick', 'window.__ran = true; alert(23)'); document.body.appendChild(b); }""")
    tab.click("#x")
    assert tab.evaluate("window.__ran === undefined") and tab.dialogs == []
