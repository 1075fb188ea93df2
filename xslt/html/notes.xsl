<?xml version="1.0" encoding="UTF-8"?>
<!-- Notes. The marker links to the note and the note back to the marker (works without
     scripts); the marker's aria-describedby and data-note name the note body, which the viewer's
     popovers use. Bodies are listed after the document, keeping their printed numbers.
     Endnote markers whose bodies were not transcribed keep their number, say so, and link to the
     back division that says so for the whole chapter. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:edition:functions"
    xmlns:ids="urn:edition:ids"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- The list of note bodies after the document. -->
  <xsl:mode name="html-notes" on-no-match="shallow-skip" on-multiple-match="fail" use-accumulators="#all"/>

  <xsl:key name="ed:note" match="note[@xml:id]" use="@xml:id"/>
  <xsl:key name="ed:marker" match="ref[@type = 'noteAnchor']" use="ed:target-id(@target)"/>

  <!-- The HTML id of a note (src/edition/anchors.py: its xml:id when usable, else its position). -->
  <xsl:function name="ed:note-id" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="string($note/@ids:id)"/>
  </xsl:function>

  <xsl:template match="ref[@type = 'noteAnchor']" mode="html">
    <xsl:variable name="id" select="ed:target-id(@target)"/>
    <xsl:choose>
      <xsl:when test="exists($id) and exists(key('ed:note', $id))">
        <xsl:variable name="earlier" select="count(preceding::ref[@type = 'noteAnchor'][ed:target-id(@target) = $id])"/>
        <a class="note-ref" id="ref-{$id}{if ($earlier gt 0) then '-' || ($earlier + 1) else ''}" href="#{$id}"
           role="doc-noteref" aria-describedby="{$id}" data-note="{$id}">
          <sup><xsl:apply-templates mode="html"/></sup>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <sup class="note-ref unresolved" title="note not found in this document"><xsl:apply-templates mode="html"/></sup>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="ref[@type = 'endnote']" mode="html">
    <xsl:variable name="id" select="ed:target-id(@target)"/>
    <xsl:variable name="title" select="'Endnote ' || normalize-space(@n) || ': the endnote is not in the source transcription'"/>
    <xsl:choose>
      <xsl:when test="exists($id) and exists(id($id))">
        <a class="note-ref endnote-ref" href="#{$id}" title="{$title}"><sup><xsl:apply-templates mode="html"/></sup></a>
      </xsl:when>
      <xsl:otherwise>
        <sup class="note-ref endnote-ref" title="{$title}"><xsl:apply-templates mode="html"/></sup>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A note body leaves the flow (it is listed after the document) ... -->
  <xsl:template match="note" mode="html"/>

  <!-- ... but a note no marker points at (an editorial note) gets a marker where it stands. -->
  <xsl:template match="note[empty(key('ed:marker', ed:note-id(.)))]" mode="html">
    <xsl:variable name="id" select="ed:note-id(.)"/>
    <a class="note-ref note-ref-{ed:class-token(@type)}" id="ref-{$id}" href="#{$id}"
       role="doc-noteref" aria-describedby="{$id}" data-note="{$id}">
      <sup><xsl:value-of select="ed:note-label(.)"/></sup>
    </a>
  </xsl:template>

  <!-- The number shown for a note: printed @n, or "e1", "e2"… for editorial notes
       (src/edition/anchors.py note_labels, which the indexes and search name notes by). -->
  <xsl:function name="ed:note-label" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="string($note/@ids:label)"/>
  </xsl:function>

  <xsl:template name="ed:notes-section">
    <xsl:variable name="notes" select="text//note[not(ancestor::note)]"/>
    <xsl:variable name="doc" select="if (ed:is-id(@xml:id)) then @xml:id || '-' else ''"/>
    <xsl:if test="exists($notes)">
      <section class="notes" aria-labelledby="{$doc}notes-heading">
        <h2 id="{$doc}notes-heading">Notes</h2>
        <dl class="notes-list">
          <xsl:apply-templates select="$notes" mode="html-notes"/>
        </dl>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="note" mode="html-notes">
    <xsl:variable name="id" select="ed:note-id(.)"/>
    <div class="note note-{ed:class-token(@type)}" data-n="{ed:note-label(.)}">
      <dt>
        <a class="note-back" href="#ref-{$id}" role="doc-backlink" title="back to the text">
          <xsl:choose>
            <xsl:when test="label"><xsl:apply-templates select="label[1]/node()" mode="html"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="ed:note-label(.)"/></xsl:otherwise>
          </xsl:choose>
        </a>
      </dt>
      <dd class="note-body" id="{$id}">
        <xsl:apply-templates select="@xml:lang" mode="html-attributes"/>
        <!-- The editors' own notes say whose voice they are, in the list and in the popover. -->
        <xsl:if test="@type = 'editorial'"><span class="note-kind">Editors’ note:</span><xsl:text> </xsl:text></xsl:if>
        <xsl:apply-templates select="node() except label[1]" mode="html"/>
      </dd>
    </div>
  </xsl:template>
</xsl:stylesheet>
