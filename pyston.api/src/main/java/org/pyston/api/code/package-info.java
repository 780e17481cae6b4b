/** See the class comments; contracts are described in ARCHITECTURE.md. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.pyston.api.code;
