"""Security headers on every response: nothing inline may run, nothing is sniffed, no referrer leaks.

The pages use only files from /static/ (no inline script or style), so the policy can forbid
'unsafe-inline' outright.
"""

CSP = "; ".join([
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])

HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def add_headers(response):
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def register(app) -> None:
    app.after_request(add_headers)


def waitress_server(app, **options):
    """waitress's server for `app`, whose own answers (400 bad request, 413, 431 headers too large,
    500 when the app fails) carry HEADERS too: waitress makes those itself, never asking Flask."""
    from waitress.channel import HTTPChannel
    from waitress.server import create_server
    from waitress.task import ErrorTask

    class HeadedErrorTask(ErrorTask):
        def execute(self):
            self.response_headers.extend(HEADERS.items())
            super().execute()

    class Channel(HTTPChannel):
        error_task_class = HeadedErrorTask

    server = create_server(app, **options)
    server.channel_class = Channel
    return server
