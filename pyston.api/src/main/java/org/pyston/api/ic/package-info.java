/**
 * The inline-cache service contract: compiled code names a dynamic-operation site, the runtime's
 * linker describes it ({@link org.pyston.api.ic.SiteDescriptor}) with the generic operation as a
 * method handle, and the {@link org.pyston.api.ic.InlineCaches} service (bundle pyston.ic) returns
 * the call site the code invokes: slots chained in front of the generic operation.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.0.0")
package org.pyston.api.ic;
