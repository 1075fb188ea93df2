<?xml version="1.0" encoding="UTF-8"?>
<!-- The apparatus: corrections (choice), editorial supplements and gaps. Both readings of a
     choice are always in the HTML; $view decides which one is hidden, so the viewer can switch
     by toggling `hidden`. Every intervention (class "app") carries its explanation as visible
     text (span.app-note, "printed: 18 → 13, by the editors"): without scripts the reader sees it
     after the words; with them (edition.js) it opens in a popover by click, tap or keyboard. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:edition:functions"
    xmlns:ids="urn:edition:ids"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- A choice with sic is a correction; orig/reg and abbr/expan are regularisations, not listed. -->
  <xsl:template match="choice" mode="html">
    <xsl:variable name="source" select="(sic, orig, abbr)[1]"/>
    <xsl:variable name="edited" select="(corr, reg, expan)[1]"/>
    <span class="choice{if (sic) then ' app app-correction' else ''}">
      <xsl:apply-templates select="@ids:id" mode="html-id"/>
      <xsl:apply-templates select="$edited, $source" mode="html"/>
      <xsl:if test="sic">
        <xsl:call-template name="ed:app-note">
          <xsl:with-param name="text" select="'printed: ' || ed:quoted($source) || ' → ' || ed:quoted($edited)
                                              || ', by the editors' || ed:certainty(($edited/@cert, @cert)[1])"/>
        </xsl:call-template>
      </xsl:if>
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
    <span class="supplied app app-supplied">
      <xsl:apply-templates select="@ids:id" mode="html-id"/>
      <span class="supplied-text"><xsl:apply-templates mode="html"/></span>
      <xsl:call-template name="ed:app-note">
        <xsl:with-param name="text" select="'not printed: ' || ed:quoted(.) || ' supplied by the editors'
                                            || (if (@reason) then ' (' || normalize-space(@reason) || ')' else '') || ed:certainty(@cert)"/>
      </xsl:call-template>
    </span>
  </xsl:template>

  <!-- A gap: the editors' description in brackets (e.g. a note body not printed). -->
  <xsl:template match="gap" mode="html">
    <span class="gap gap-{ed:class-token(@reason)} app app-gap">
      <xsl:apply-templates select="@ids:id" mode="html-id"/>
      <span class="gap-text">
        <xsl:text>[</xsl:text>
        <xsl:value-of select="if (desc) then normalize-space(desc) else 'gap'"/>
        <xsl:text>]</xsl:text>
      </span>
      <xsl:call-template name="ed:app-note">
        <xsl:with-param name="text" select="'gap in the source' || (if (@reason) then ' (' || normalize-space(@reason) || ')' else '') || ', described by the editors'"/>
      </xsl:call-template>
    </span>
  </xsl:template>

  <!-- The explanation of an intervention: visible text, in the editors' voice. -->
  <xsl:template name="ed:app-note">
    <xsl:param name="text" as="xs:string"/>
    <span class="app-note"><xsl:text> [</xsl:text><xsl:value-of select="$text"/><xsl:text>]</xsl:text></span>
  </xsl:template>

  <!-- A reading between curly quotes; "(nothing)" for an empty one (a deleted stray comma).
       ids:words: its words as the apparatus list quotes them, superscript digits raised
       ("4¹4-¹5"), written in before the transform (src/edition/tei/wording.py). -->
  <xsl:function name="ed:quoted" as="xs:string">
    <xsl:param name="reading" as="element()?"/>
    <xsl:variable name="text" select="string($reading/@ids:words)"/>
    <xsl:sequence select="if ($text = '') then '(nothing)' else '“' || $text || '”'"/>
  </xsl:function>

  <xsl:function name="ed:certainty" as="xs:string">
    <xsl:param name="cert" as="attribute()?"/>
    <xsl:sequence select="if (normalize-space($cert)) then '; certainty: ' || normalize-space($cert) else ''"/>
  </xsl:function>

  <!-- An author's or typist's slip kept as printed (sic outside choice): shown in both views,
       marked so that the reader knows the edition saw it (docs/encoding.md § Corrections). -->
  <xsl:template match="sic[not(parent::choice)]" mode="html">
    <span class="sic-kept" title="so printed"><xsl:apply-templates mode="html"/></span>
  </xsl:template>
</xsl:stylesheet>
