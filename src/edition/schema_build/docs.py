"""Placeholder replaced below."""
def render_docs(rng, sch):
    return ""
