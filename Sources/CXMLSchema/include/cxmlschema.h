#ifndef CXMLSCHEMA_H
#define CXMLSCHEMA_H

/*
 * Validation of an untrusted XML document against an XML Schema, both held in memory,
 * through libxml2. This header exposes plain C types only: libxml2's own headers pull in the
 * system ICU, which clashes with Foundation's bundled ICU when imported into Swift.
 *
 * The document is parsed without network access, without loading any DTD and without
 * substituting entities; a document with a DOCTYPE is refused as soon as the DOCTYPE is seen,
 * before its internal subset is read, and every external entity load is refused (per parser
 * context, and once per process through xmlSetExternalEntityLoader as a second fence).
 * Each call uses its own parser, schema and validation contexts, so calls may run
 * concurrently on different threads.
 */

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* What a reported problem is about. */
typedef enum __attribute__((enum_extensibility(closed))) cxs_problem_kind {
    /* The document is not well-formed XML (or not in an encoding libxml2 can read). */
    CXS_PROBLEM_SYNTAX = 1,
    /* The document has a DOCTYPE (internal or external DTD): refused. */
    CXS_PROBLEM_DOCTYPE = 2,
    /* Elements are nested deeper than the allowed depth. */
    CXS_PROBLEM_TOO_DEEP = 3,
    /* The document breaks the schema. */
    CXS_PROBLEM_SCHEMA = 4,
    /* The schema itself could not be compiled. */
    CXS_PROBLEM_BAD_SCHEMA = 5,
    /* Anything else: out of memory, a length beyond what libxml2 takes. */
    CXS_PROBLEM_INTERNAL = 6
} cxs_problem_kind;

/* The outcome of one validation. */
typedef enum __attribute__((enum_extensibility(closed))) cxs_result {
    /* Well-formed, no DOCTYPE, within the depth limit, root accepted, valid. */
    CXS_VALID = 0,
    /* At least one problem was reported. */
    CXS_INVALID = 1,
    /* The root callback refused the root element; validation stopped there. */
    CXS_ROOT_REFUSED = 2
} cxs_result;

/*
 * Receives one problem. `line` is 1-based (0 when unknown); for an element it is the line
 * where the element's start tag begins. `column` is 1-based, or 0 when unknown (schema errors
 * point at elements, not columns). `message` is libxml2's text, in English, without the
 * trailing newline; it is only valid during the call.
 */
typedef void (*cxs_problem_callback)(void *context, cxs_problem_kind kind, long line, long column,
                                     const char *message);

/*
 * Inspects the root element before the rest of the document is read: its local name, its
 * namespace URI (NULL when none), the value of the attribute named in the call (NULL when the
 * attribute is absent) and its line. Returns non-zero to go on, zero to stop (the caller
 * reports its own problem; nothing else is reported).
 */
typedef int (*cxs_root_callback)(void *context, const char *local_name, const char *namespace_uri,
                                 const char *attribute_value, long line);

/*
 * Parses `document` and validates it against `schema`, reporting every problem found through
 * `on_problem` (all schema errors, not only the first; a syntax error ends parsing, as XML
 * requires). `max_depth` limits element nesting (the root is depth 1; 0 or less means 32).
 * `root_attribute` and `on_root` may be NULL. `context` is handed to both callbacks.
 */
cxs_result cxs_validate(const char *document, size_t document_length, const char *schema,
                        size_t schema_length, int max_depth, const char *root_attribute,
                        cxs_root_callback on_root, cxs_problem_callback on_problem, void *context);

#ifdef __cplusplus
}
#endif

#endif /* CXMLSCHEMA_H */
