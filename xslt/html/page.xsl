<?xml version="1.0" encoding="UTF-8"?>
<!-- The minimal page around a fragment (for `edition build`); the viewer embeds fragments in its
     own pages instead. No inline style or script: a page works as plain HTML. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:edition:functions"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- The page wrapper; the fragment comes in as $content, the title as a string. -->
  <xsl:template name="ed:page">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="content" as="node()*"/>
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/></title>
        <link rel="stylesheet" href="edition.css"/>
      </head>
      <body>
        <main>
          <xsl:sequence select="$content"/>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
