"""No TEI content runs in the page: the hostile fixture served by a real server on 127.0.0.1 and
opened in headless Chromium (Debian's, through Playwright; never `playwright install`)."""

import contextlib
import shutil
import threading

import pytest

from edition.web import create_app

from .conftest import HOSTILE_TEI, document, free_port

pytestmark = pytest.mark.slow

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync"]
PAGES = ["/doc/hostile-script/", "/doc/hostile-script/diplomatic/", "/persons/", "/persons/stalin/", "/", "/about/",
         "/doc/%3Cscript%3Ealert(21)%3C%2Fscript%3E/"]


@contextlib.contextmanager
def served(folder):
    from waitress.server import create_server

    server = create_server(create_app({"TEI_DIR": str(folder)}), host="127.0.0.1", port=free_port(), threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"
    finally:
        server.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile") / "tei"
    shutil.copytree(HOSTILE_TEI, folder)
    (folder / "clean.xml").write_text(document(), encoding="utf-8")
    with served(folder) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    if not shutil.which("chromium"):
        pytest.skip("chromium is not installed (make test installs it when run as root)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


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
