<?xml version="1.0" encoding="UTF-8"?>
<!-- The document as a whole: <article> with header, text and the list of notes, and the
     HTML ids the anchors wrote into the TEI. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:edition:functions"
    xmlns:ids="urn:edition:ids"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- The unnamed mode only starts things off; everything else has a named mode. -->
  <xsl:mode on-no-match="shallow-skip" on-multiple-match="fail" use-accumulators="#all"/>

  <!-- The element's HTML id, computed once by src/edition/anchors.py and written into the TEI as
       ids:id before the transform (src/edition/render/ids.py); the stylesheets compute none. -->
  <xsl:mode name="html-id" on-no-match="shallow-skip" on-multiple-match="fail"/>

  <xsl:template match="@ids:id" mode="html-id">
    <xsl:attribute name="id" select="."/>
  </xsl:template>

  <xsl:template match="/">
    <xsl:apply-templates select="TEI" mode="html-document"/>
  </xsl:template>

  <xsl:mode name="html-document" on-no-match="shallow-skip" on-multiple-match="fail" use-accumulators="#all"/>

  <xsl:template match="TEI" mode="html-document">
    <article class="tei-document view-{ed:class-token($view)}" data-view="{ed:class-token($view)}">
      <xsl:if test="ed:is-id(@xml:id)"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
      <xsl:if test="ed:lang(@xml:lang)"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
      <xsl:apply-templates select="teiHeader" mode="html-header"/>
      <div class="text">
        <xsl:apply-templates select="text/(front, body, back)" mode="html"/>
      </div>
      <xsl:call-template name="ed:notes-section"/>
    </article>
  </xsl:template>
</xsl:stylesheet>
