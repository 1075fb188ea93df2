"""Real HTTP servers on 127.0.0.1 and a free port, in a thread, for the crawler and browser tests."""

import contextlib
import functools
import http.server
import socket
import threading


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def _in_thread(serve, stop, port: int):
    """Run `serve` in a daemon thread, yield the server's base URL, and `stop` it on the way out."""
    threading.Thread(target=serve, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        stop()


def static_server(folder):
    """`python -m http.server` on `folder`, as the static export's readers would run it."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)

    def stop():
        server.shutdown()
        server.server_close()

    return _in_thread(server.serve_forever, stop, server.server_address[1])


def app_server(app):
    """The Flask app behind waitress (as `edition serve` runs it), stopped on exit."""
    from waitress.server import create_server

    server = create_server(app, host="127.0.0.1", port=free_port(), threads=4)
    return _in_thread(server.run, server.close, server.effective_port)
