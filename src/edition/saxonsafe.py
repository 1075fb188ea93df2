"""The one way the edition makes a Saxon processor: it reads nothing the gate has not read.

Saxon is only ever handed text that edition.xmlsafe has parsed in full and accepted (no
DOCTYPE, no entity, within xmllimits). This is the second wall, should that ever fail: Saxon's
own parser refuses any DOCTYPE, loads no external DTD or entity, does no XInclude, has limits
above the gate's (so what the gate accepts it accepts too), and no URI scheme may be opened
at run time (no doc(), collection(), unparsed-text() reaches a file). The edition's own
stylesheets are compiled before that last door closes (Saxon does not let it open again).
"""

from typing import Callable
from urllib.parse import quote

from . import xmllimits

_FEATURE = "http://saxon.sf.net/feature/"
_PARSER_FEATURE = _FEATURE + "parserFeature?uri="
_PARSER_PROPERTY = _FEATURE + "parserProperty?uri="
_ALLOWED = _FEATURE + "allowedProtocols"
_JAXP = "http://www.oracle.com/xml/jaxp/properties/"

SETTINGS = {
    _PARSER_FEATURE + quote("http://apache.org/xml/features/disallow-doctype-decl", safe=""): "true",
    _PARSER_FEATURE + quote("http://apache.org/xml/features/nonvalidating/load-external-dtd", safe=""): "false",
    _PARSER_FEATURE + quote("http://xml.org/sax/features/external-general-entities", safe=""): "false",
    _PARSER_FEATURE + quote("http://xml.org/sax/features/external-parameter-entities", safe=""): "false",
    _FEATURE + "xinclude-aware": "false",
    _FEATURE + "validation": "false",
    _PARSER_PROPERTY + quote(_JAXP + "maxElementDepth", safe=""): str(xmllimits.MAX_DEPTH * xmllimits.SAXON_MARGIN),
    _PARSER_PROPERTY + quote(_JAXP + "elementAttributeLimit", safe=""):
        str(xmllimits.MAX_ATTRIBUTES * xmllimits.SAXON_MARGIN),
    _PARSER_PROPERTY + quote(_JAXP + "maxXMLNameLimit", safe=""): str(xmllimits.MAX_NAME * xmllimits.SAXON_MARGIN),
}


def new_processor(compile_first: Callable | None = None):
    """A SaxonC-HE processor set up as above (creating one is costly: keep it for the process);
    `compile_first(processor)` compiles the stylesheets while files may still be read."""
    from saxonche import PySaxonProcessor

    processor = PySaxonProcessor(license=False)
    for name, value in SETTINGS.items():
        processor.set_configuration_property(name, value)
    if compile_first:
        compile_first(processor)
    processor.set_configuration_property(_ALLOWED, "")
    return processor
