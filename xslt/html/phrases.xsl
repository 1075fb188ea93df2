<?xml version="1.0" encoding="UTF-8"?>
<!-- Phrase level: emphasis, titles of works, other languages, deletions, plain references.
     @rend becomes markup only through this fixed table; any other value is ignored. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:edition:functions"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:template match="hi" mode="html">
    <span class="hi"><xsl:apply-templates select="@xml:lang" mode="html-attributes"/><xsl:apply-templates mode="html"/></span>
  </xsl:template>
  <xsl:template match="hi[@rend = 'italic']" mode="html">
    <i><xsl:apply-templates select="@xml:lang" mode="html-attributes"/><xsl:apply-templates mode="html"/></i>
  </xsl:template>
  <xsl:template match="hi[@rend = 'bold']" mode="html">
    <b><xsl:apply-templates select="@xml:lang" mode="html-attributes"/><xsl:apply-templates mode="html"/></b>
  </xsl:template>
  <xsl:template match="hi[@rend = 'strikethrough']" mode="html">
    <s><xsl:apply-templates mode="html"/></s>
  </xsl:template>
  <xsl:template match="hi[@rend = 'superscript']" mode="html">
    <sup><xsl:apply-templates mode="html"/></sup>
  </xsl:template>
  <xsl:template match="hi[@rend = 'smallcaps']" mode="html">
    <span class="smallcaps"><xsl:apply-templates mode="html"/></span>
  </xsl:template>

  <!-- Titles of works: <cite>, with the level (a article, m monograph, j journal, s series). -->
  <xsl:template match="title" mode="html">
    <cite class="title title-{ed:class-token(@level)}"><xsl:apply-templates select="@xml:lang" mode="html-attributes"/><xsl:apply-templates mode="html"/></cite>
  </xsl:template>

  <xsl:template match="foreign" mode="html">
    <span class="foreign"><xsl:apply-templates select="@xml:lang" mode="html-attributes"/><xsl:apply-templates mode="html"/></span>
  </xsl:template>

  <xsl:template match="del" mode="html">
    <del><xsl:apply-templates mode="html"/></del>
  </xsl:template>

  <xsl:template match="label" mode="html">
    <span class="label"><xsl:apply-templates mode="html"/></span>
  </xsl:template>

  <!-- A reference that is not a note marker: its text only, never a link built from @target. -->
  <xsl:template match="ref" mode="html">
    <span class="ref"><xsl:apply-templates mode="html"/></span>
  </xsl:template>
</xsl:stylesheet>
