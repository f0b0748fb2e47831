#ifndef SYNCREPORT_CLIBXML2_SHIM_H
#define SYNCREPORT_CLIBXML2_SHIM_H

// xmlversion.h first: Debian's build enables ICU, whose UErrorCode clashes with Foundation's
// private ICU copy; nothing here needs libxml2's ICU API.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlreader.h>
#include <libxml/relaxng.h>
#include <libxml/xmlschemastypes.h>

// xmlFree is a global function pointer, which Swift 6 rejects as shared mutable state.
static inline void syncreport_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
