<?xml version="1.0" encoding="UTF-8"?>
<!-- Inline content as a string: names, dates, emphasis and titles are just their text; a choice
     gives the corrected reading (reading text) or the source's (diplomatic text). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:edition:functions"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- Elements without a rule here (persName, date, hi, title, foreign, quote…) give their text. -->
  <xsl:mode name="text-inline" on-no-match="text-only-copy" on-multiple-match="fail"/>

  <xsl:function name="ed:inline" as="xs:string">
    <xsl:param name="node" as="node()?"/>
    <!-- A sequence, not a temporary tree: building a document per node was the text's main cost. -->
    <xsl:variable name="out" as="item()*"><xsl:apply-templates select="$node" mode="text-inline"/></xsl:variable>
    <xsl:sequence select="string-join($out ! string(.))"/>
  </xsl:function>

  <xsl:template match="choice" mode="text-inline">
    <xsl:apply-templates select="if ($diplomatic) then (sic, orig, abbr)[1] else (corr, reg, expan)[1]" mode="text-inline"/>
  </xsl:template>

  <!-- Editors' supplements are not in the source: the diplomatic text leaves them out. -->
  <xsl:template match="supplied" mode="text-inline">
    <xsl:if test="not($diplomatic)"><xsl:apply-templates mode="text-inline"/></xsl:if>
  </xsl:template>

  <xsl:template match="gap" mode="text-inline">
    <xsl:value-of select="'[' || (normalize-space(desc)[. != ''], 'gap')[1] || ']'"/>
  </xsl:template>

  <!-- A superscript stands between carets, as in Pandoc's plain-text markup ("4^1^4"): run into
       the text around it, "0" and a superscript "1" would read as the number 01 or 10. -->
  <xsl:template match="hi[@rend = 'superscript']" mode="text-inline">
    <xsl:value-of select="'^' || ed:inline-children(.) || '^'"/>
  </xsl:template>

  <!-- Source line breaks are not significant (docs/encoding.md), so lb is a space. -->
  <xsl:template match="lb" mode="text-inline">
    <xsl:text> </xsl:text>
  </xsl:template>
</xsl:stylesheet>
