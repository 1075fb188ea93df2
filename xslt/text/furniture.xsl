<?xml version="1.0" encoding="UTF-8"?>
<!-- Page furniture in text: every page break is a "[p. 667]" line; running heads, folios and
     classification lines are lines of their own in the diplomatic text and absent from the
     reading text. Redactions are "[REDACTED]" (the gap rule in inline.xsl). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:edition:functions"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- Reading text: a word split by the break is rejoined and the marker follows the word.
       Diplomatic text: the word stays split as printed, with the hyphen the TEI drops
       (break="no" means a hyphenated word, docs/encoding.md), so every source word is there. -->
  <xsl:template match="pb" mode="text-inline">
    <xsl:variable name="label" select="if (normalize-space(@n)) then '[p. ' || normalize-space(@n) || ']' else '[page break]'"/>
    <xsl:value-of select="if (@break = 'no' and $diplomatic) then '-' || $ed:line-start || $label || $ed:line-end
                          else (if (@break = 'no') then $ed:word-break-start else $ed:line-start) || $label || $ed:line-end"/>
  </xsl:template>

  <xsl:template match="fw" mode="text-inline">
    <xsl:if test="$diplomatic">
      <xsl:value-of select="ed:own-line(string-join(node() ! ed:inline(.)))"/>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
