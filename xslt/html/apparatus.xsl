<?xml version="1.0" encoding="UTF-8"?>
<!-- The apparatus: corrections (choice), editorial supplements and gaps. Both readings of a
     choice are always in the HTML; $view decides which one is hidden, so the viewer can switch
     by toggling `hidden` and a reader without scripts still sees one reading and, in the title,
     the other. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:edition:functions"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:template match="choice" mode="html">
    <xsl:variable name="source" select="(sic, orig, abbr)[1]"/>
    <xsl:variable name="edited" select="(corr, reg, expan)[1]"/>
    <span class="choice">
      <xsl:if test="sic"><xsl:call-template name="ed:place-id"><xsl:with-param name="kind" select="'app'"/><xsl:with-param name="accumulator" select="'ed:intervention'"/></xsl:call-template></xsl:if>
      <xsl:attribute name="title" select="
        if ($view = 'diplomatic') then 'corrected: ' || normalize-space($edited)
        else 'as printed: ' || normalize-space($source)"/>
      <xsl:apply-templates select="$edited, $source" mode="html"/>
    </span>
  </xsl:template>

  <!-- The edited reading (corr, reg, expan); hidden in the diplomatic view. -->
  <xsl:template match="choice/corr | choice/reg | choice/expan" mode="html">
    <span class="{local-name()}{if (@cert) then ' cert-' || ed:class-token(@cert) else ''}">
      <xsl:if test="$view = 'diplomatic'"><xsl:attribute name="hidden" select="'hidden'"/></xsl:if>
      <xsl:apply-templates mode="html"/>
    </span>
  </xsl:template>

  <!-- The source reading (sic, orig, abbr); hidden in the reading view. -->
  <xsl:template match="choice/sic | choice/orig | choice/abbr" mode="html">
    <span class="{local-name()}">
      <xsl:if test="$view != 'diplomatic'"><xsl:attribute name="hidden" select="'hidden'"/></xsl:if>
      <xsl:apply-templates mode="html"/>
    </span>
  </xsl:template>

  <!-- Supplied by the editors (e.g. a note marker the source omits): marked, never hidden — in
       the diplomatic view too, since a supplied marker is the only way to reach its note. -->
  <xsl:template match="supplied" mode="html">
    <span class="supplied" title="supplied by the editors">
      <xsl:call-template name="ed:place-id"><xsl:with-param name="kind" select="'app'"/><xsl:with-param name="accumulator" select="'ed:intervention'"/></xsl:call-template>
      <xsl:apply-templates mode="html"/>
    </span>
  </xsl:template>

  <!-- A gap: the editors' description in brackets (e.g. a note body not printed). -->
  <xsl:template match="gap" mode="html">
    <span class="gap gap-{ed:class-token(@reason)}">
      <xsl:call-template name="ed:place-id"><xsl:with-param name="kind" select="'app'"/><xsl:with-param name="accumulator" select="'ed:intervention'"/></xsl:call-template>
      <xsl:text>[</xsl:text>
      <xsl:value-of select="if (desc) then normalize-space(desc) else 'gap'"/>
      <xsl:text>]</xsl:text>
    </span>
  </xsl:template>
</xsl:stylesheet>
