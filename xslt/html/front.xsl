<?xml version="1.0" encoding="UTF-8"?>
<!-- Title pages (front/titlePage): the document's own title page or title slide as printed, in
     the text before the body. Its title parts and date are citable blocks like heads, with ids
     "titlePart1", "docDate1" counted over the text (src/edition/anchors.py). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:edition:functions"
    xmlns:ids="urn:edition:ids"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- A <div>, not a <section>: a title page has no heading of its own (its title is its content). -->
  <xsl:template match="titlePage" mode="html">
    <div class="title-page"><xsl:apply-templates mode="html"/></div>
  </xsl:template>

  <xsl:template match="docTitle" mode="html">
    <div class="doc-title"><xsl:apply-templates mode="html"/></div>
  </xsl:template>

  <xsl:template match="titlePart | docDate" mode="html">
    <p class="{local-name()}{@type ! (' ' || local-name(..) || '-' || ed:class-token(.))}">
      <xsl:apply-templates select="@ids:id" mode="html-id"/>
      <xsl:apply-templates mode="html"/>
    </p>
  </xsl:template>
</xsl:stylesheet>
