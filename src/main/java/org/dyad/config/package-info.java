/** Start-up configuration: one immutable record, validated before any article is read. */
package org.dyad.config;
