/** Writing Dyad's records as JSON (the output contract of SCHEMA.md). */
package org.dyad.output;
