"""The one exception of the DTS functions: a status code the web layer answers with, and why."""


class DtsError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message
