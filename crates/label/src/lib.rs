//! AI labels: IPTC DigitalSourceType XMP in PNG, JPEG, WebP; document properties in PDF and DOCX; text notes.
