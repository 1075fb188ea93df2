<?xml version="1.0" encoding="UTF-8"?>
<!-- The document's header block: title, authors and the citation of the printed source. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:edition:functions"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:mode name="html-header" on-no-match="shallow-skip" on-multiple-match="fail"/>

  <xsl:template match="teiHeader" mode="html-header">
    <xsl:variable name="title" select="fileDesc/titleStmt/title[1]"/>
    <header class="document-header">
      <!-- The title once: when the text prints it as a heading, that heading is the h1. -->
      <xsl:if test="empty(ed:title-head(ancestor::TEI))">
        <h1><xsl:apply-templates select="$title/node()" mode="html"/></h1>
      </xsl:if>
      <xsl:if test="fileDesc/titleStmt/author">
        <p class="authors">
          <xsl:for-each select="fileDesc/titleStmt/author">
            <xsl:if test="position() gt 1"><xsl:text>, </xsl:text></xsl:if>
            <xsl:apply-templates select="node()" mode="html"/>
          </xsl:for-each>
        </p>
      </xsl:if>
      <xsl:apply-templates select="fileDesc/sourceDesc" mode="html-header"/>
    </header>
  </xsl:template>

  <!-- The text's heading that prints the document's title (compared without case or spacing, and
       without a chapter number printed before it: head/label, docs/encoding.md). -->
  <xsl:function name="ed:title-head" as="element(head)?">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:variable name="title" select="lower-case(normalize-space(string(($tei/teiHeader/fileDesc/titleStmt/title)[1])))"/>
    <xsl:sequence select="($tei/text//div/head[lower-case(normalize-space(string-join(.//text()[not(ancestor::label)]))) = $title])[1]"/>
  </xsl:function>

  <xsl:template match="sourceDesc[biblStruct or bibl[@type = 'transcription']]" mode="html-header">
    <xsl:variable name="citation" select="ed:citation(biblStruct[1])"/>
    <xsl:variable name="witness" select="normalize-space(bibl[@type = 'transcription']/idno[@type = 'source-file'])"/>
    <p class="source-citation">
      <xsl:if test="$citation != ''">
        <xsl:text>Source: </xsl:text>
        <cite><xsl:value-of select="$citation"/></cite>
      </xsl:if>
      <xsl:if test="$witness != ''">
        <xsl:text> Transcription: </xsl:text>
        <code class="source-file"><xsl:value-of select="$witness"/></code>
      </xsl:if>
    </p>
  </xsl:template>
</xsl:stylesheet>
