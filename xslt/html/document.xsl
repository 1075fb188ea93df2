<?xml version="1.0" encoding="UTF-8"?>
<!-- The document as a whole: <article> with header, text and the list of notes, and the
     counters (accumulators) that give paragraphs and unnumbered pages their stable ids. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:edition:functions"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- The unnamed mode only starts things off; everything else has a named mode. -->
  <xsl:mode on-no-match="shallow-skip" on-multiple-match="fail" use-accumulators="#all"/>

  <!-- Paragraph ids "p1", "p2"… in document order of text//p: stable while the text is. -->
  <xsl:accumulator name="ed:paragraph" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="text//p" select="$value + 1"/>
  </xsl:accumulator>
  <!-- Page breaks without a number get ids by count: "page-u1", "page-u2"… -->
  <xsl:accumulator name="ed:unnumbered-page" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="pb[not(@n)]" select="$value + 1"/>
  </xsl:accumulator>

  <xsl:template match="/">
    <xsl:variable name="article" as="element()">
      <xsl:apply-templates select="TEI" mode="html-document"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$page">
        <xsl:call-template name="ed:page">
          <xsl:with-param name="title" select="normalize-space(string((//titleStmt/title)[1]))"/>
          <xsl:with-param name="content" select="$article"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:sequence select="$article"/></xsl:otherwise>
    </xsl:choose>
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
