#include "cxmlschema.h"

#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>

#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <string.h>

enum {
    CXS_DEFAULT_MAX_DEPTH = 32,
    /* Longest message handed to the caller, in bytes; a message quoting a huge value is cut. */
    CXS_MAX_MESSAGE = 1024
};

typedef struct cxs_state {
    void *context;
    cxs_problem_callback on_problem;
    cxs_root_callback on_root;
    const char *root_attribute;
    int max_depth;
    int depth;
    /* Set once the parse was stopped on purpose: later parser errors are consequences. */
    int halted;
    int root_refused;
    int doctype_seen;
    /* Set while the schema is compiled: parser errors then are the schema's, not the document's. */
    int compiling_schema;
    long problem_count;
    startElementNsSAX2Func original_start_element;
    endElementNsSAX2Func original_end_element;
} cxs_state;

/* ---- process-wide set-up ------------------------------------------------------------- */

static pthread_once_t cxs_once = PTHREAD_ONCE_INIT;

static xmlParserInputPtr cxs_refuse_external_entity(const char *url, const char *id, xmlParserCtxtPtr ctxt) {
    (void)url;
    (void)id;
    (void)ctxt;
    return NULL;
}

static void cxs_initialize(void) {
    xmlInitParser();
    xmlSetExternalEntityLoader(cxs_refuse_external_entity);
}

/* ---- reporting ---------------------------------------------------------------------- */

static void cxs_report(cxs_state *state, cxs_problem_kind kind, long line, long column, const char *message) {
    char buffer[CXS_MAX_MESSAGE + 4];
    size_t length = message == NULL ? 0 : strlen(message);
    int cut = 0;
    if (length > CXS_MAX_MESSAGE) {
        length = CXS_MAX_MESSAGE;
        /* Do not split a UTF-8 sequence. */
        while (length > 0 && ((unsigned char)message[length] & 0xC0) == 0x80) {
            length--;
        }
        cut = 1;
    }
    while (length > 0 && (message[length - 1] == '\n' || message[length - 1] == '\r' || message[length - 1] == ' ')) {
        length--;
    }
    if (length > 0) {
        memcpy(buffer, message, length);
    }
    if (cut) {
        memcpy(buffer + length, "...", 3);
        length += 3;
    }
    buffer[length] = '\0';
    state->problem_count++;
    if (state->on_problem != NULL) {
        state->on_problem(state->context, kind, line < 0 ? 0 : line, column < 0 ? 0 : column, buffer);
    }
}

/* The line where the start tag (or declaration) that ends at the parser's position begins:
 * the nearest '<' before the current position, which cannot occur inside a tag. */
static long cxs_tag_start_line(xmlParserCtxtPtr ctxt) {
    xmlParserInputPtr input = ctxt->input;
    if (input == NULL || input->cur == NULL || input->base == NULL) {
        return 0;
    }
    long newlines = 0;
    const xmlChar *p = input->cur;
    while (p > input->base) {
        p--;
        if (*p == '<') {
            break;
        }
        if (*p == '\n') {
            newlines++;
        }
    }
    long line = (long)input->line - newlines;
    return line < 1 ? 1 : line;
}

static void cxs_halt(xmlParserCtxtPtr ctxt, cxs_state *state) {
    state->halted = 1;
    xmlStopParser(ctxt);
}

/* Errors that reach the thread's structured handler while parsing: well-formedness, I/O. */
static void cxs_on_parse_error(void *data, xmlErrorPtr error) {
    cxs_state *state = data;
    if (state == NULL || error == NULL || error->level < XML_ERR_ERROR || state->halted) {
        return;
    }
    cxs_problem_kind kind = CXS_PROBLEM_SYNTAX;
    if (state->compiling_schema) {
        cxs_report(state, CXS_PROBLEM_BAD_SCHEMA, error->line, error->int2, error->message);
        return;
    }
    if (error->domain == XML_FROM_SCHEMASV) {
        kind = CXS_PROBLEM_SCHEMA;
    } else if (error->domain == XML_FROM_SCHEMASP) {
        kind = CXS_PROBLEM_BAD_SCHEMA;
    } else if (error->domain == XML_FROM_MEMORY) {
        kind = CXS_PROBLEM_INTERNAL;
    }
    cxs_report(state, kind, error->line, error->int2, error->message);
}

static void cxs_on_schema_parse_error(void *data, xmlErrorPtr error) {
    cxs_state *state = data;
    if (state == NULL || error == NULL || error->level < XML_ERR_ERROR) {
        return;
    }
    cxs_report(state, CXS_PROBLEM_BAD_SCHEMA, error->line, 0, error->message);
}

static void cxs_on_validation_error(void *data, xmlErrorPtr error) {
    cxs_state *state = data;
    if (state == NULL || error == NULL || error->level < XML_ERR_ERROR) {
        return;
    }
    long line = error->line;
    xmlNodePtr node = error->node;
    if (node != NULL && node->type == XML_ATTRIBUTE_NODE) {
        node = node->parent;
    }
    if (node != NULL && node->type == XML_ELEMENT_NODE) {
        if (node->_private != NULL) {
            line = (long)(intptr_t)node->_private;
        } else {
            line = xmlGetLineNo(node);
        }
    }
    cxs_report(state, CXS_PROBLEM_SCHEMA, line, 0, error->message);
}

static void cxs_ignore_generic_error(void *data, const char *format, ...) {
    (void)data;
    (void)format;
}

/* ---- SAX hooks ---------------------------------------------------------------------- */

static void cxs_start_element(void *ctx, const xmlChar *local_name, const xmlChar *prefix, const xmlChar *uri,
                              int namespace_count, const xmlChar **namespaces, int attribute_count,
                              int defaulted_count, const xmlChar **attributes) {
    xmlParserCtxtPtr ctxt = ctx;
    cxs_state *state = ctxt->_private;
    if (state == NULL || state->halted) {
        return;
    }
    long line = cxs_tag_start_line(ctxt);
    state->depth++;
    if (state->depth > state->max_depth) {
        char message[128];
        snprintf(message, sizeof message, "Element '%s' is nested deeper than %d levels.", (const char *)local_name,
                 state->max_depth);
        cxs_report(state, CXS_PROBLEM_TOO_DEEP, line, 0, message);
        cxs_halt(ctxt, state);
        return;
    }
    if (state->depth == 1 && state->on_root != NULL) {
        xmlChar *value = NULL;
        if (state->root_attribute != NULL) {
            for (int i = 0; i < attribute_count; i++) {
                const xmlChar *name = attributes[i * 5];
                const xmlChar *attribute_prefix = attributes[i * 5 + 1];
                if (attribute_prefix == NULL && xmlStrEqual(name, BAD_CAST state->root_attribute)) {
                    const xmlChar *start = attributes[i * 5 + 3];
                    const xmlChar *end = attributes[i * 5 + 4];
                    value = xmlStrndup(start, (int)(end - start));
                    break;
                }
            }
        }
        int go_on = state->on_root(state->context, (const char *)local_name, (const char *)uri,
                                   (const char *)value, line);
        xmlFree(value);
        if (!go_on) {
            state->root_refused = 1;
            cxs_halt(ctxt, state);
            return;
        }
    }
    if (state->original_start_element != NULL) {
        state->original_start_element(ctx, local_name, prefix, uri, namespace_count, namespaces, attribute_count,
                                      defaulted_count, attributes);
    }
    /* Remember where the start tag begins, for schema errors (node->line is where it ends). */
    if (ctxt->node != NULL && ctxt->node->type == XML_ELEMENT_NODE) {
        ctxt->node->_private = (void *)(intptr_t)line;
    }
}

static void cxs_end_element(void *ctx, const xmlChar *local_name, const xmlChar *prefix, const xmlChar *uri) {
    xmlParserCtxtPtr ctxt = ctx;
    cxs_state *state = ctxt->_private;
    if (state != NULL) {
        state->depth--;
    }
    if (state != NULL && state->original_end_element != NULL) {
        state->original_end_element(ctx, local_name, prefix, uri);
    }
}

/* A DOCTYPE: refuse it before its internal subset (entity declarations) is read. */
static void cxs_internal_subset(void *ctx, const xmlChar *name, const xmlChar *external_id, const xmlChar *system_id) {
    (void)name;
    (void)external_id;
    (void)system_id;
    xmlParserCtxtPtr ctxt = ctx;
    cxs_state *state = ctxt->_private;
    if (state == NULL || state->halted) {
        return;
    }
    state->doctype_seen = 1;
    cxs_report(state, CXS_PROBLEM_DOCTYPE, cxs_tag_start_line(ctxt), 0, "A DOCTYPE is not allowed.");
    cxs_halt(ctxt, state);
}

static void cxs_external_subset(void *ctx, const xmlChar *name, const xmlChar *external_id, const xmlChar *system_id) {
    (void)ctx;
    (void)name;
    (void)external_id;
    (void)system_id;
}

static xmlParserInputPtr cxs_resolve_entity(void *ctx, const xmlChar *public_id, const xmlChar *system_id) {
    (void)ctx;
    (void)public_id;
    (void)system_id;
    return NULL;
}

/* ---- the call ----------------------------------------------------------------------- */

static xmlSchemaPtr cxs_compile_schema(const char *schema, size_t schema_length, cxs_state *state) {
    if (schema_length > INT_MAX) {
        cxs_report(state, CXS_PROBLEM_INTERNAL, 0, 0, "The schema is too large.");
        return NULL;
    }
    xmlSchemaParserCtxtPtr parser = xmlSchemaNewMemParserCtxt(schema, (int)schema_length);
    if (parser == NULL) {
        cxs_report(state, CXS_PROBLEM_INTERNAL, 0, 0, "Could not create a schema parser.");
        return NULL;
    }
    xmlSchemaSetParserStructuredErrors(parser, cxs_on_schema_parse_error, state);
    long before = state->problem_count;
    state->compiling_schema = 1;
    xmlSchemaPtr compiled = xmlSchemaParse(parser);
    state->compiling_schema = 0;
    xmlSchemaFreeParserCtxt(parser);
    if (compiled == NULL && state->problem_count == before) {
        cxs_report(state, CXS_PROBLEM_BAD_SCHEMA, 0, 0, "The schema could not be compiled.");
    }
    return compiled;
}

static xmlDocPtr cxs_parse_document(const char *document, size_t document_length, cxs_state *state) {
    if (document_length > INT_MAX) {
        cxs_report(state, CXS_PROBLEM_INTERNAL, 0, 0, "The document is too large.");
        return NULL;
    }
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (ctxt == NULL || ctxt->sax == NULL) {
        xmlFreeParserCtxt(ctxt);
        cxs_report(state, CXS_PROBLEM_INTERNAL, 0, 0, "Could not create an XML parser.");
        return NULL;
    }
    ctxt->_private = state;
    state->original_start_element = ctxt->sax->startElementNs;
    state->original_end_element = ctxt->sax->endElementNs;
    ctxt->sax->startElementNs = cxs_start_element;
    ctxt->sax->endElementNs = cxs_end_element;
    ctxt->sax->internalSubset = cxs_internal_subset;
    ctxt->sax->externalSubset = cxs_external_subset;
    ctxt->sax->resolveEntity = cxs_resolve_entity;
    /* No XML_PARSE_NOENT, XML_PARSE_DTDLOAD, XML_PARSE_DTDATTR or XML_PARSE_HUGE. */
    int options = XML_PARSE_NONET;
    long before = state->problem_count;
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, document, (int)document_length, NULL, NULL, options);
    xmlFreeParserCtxt(ctxt);
    if (doc != NULL && (doc->intSubset != NULL || doc->extSubset != NULL)) {
        if (!state->doctype_seen) {
            state->doctype_seen = 1;
            cxs_report(state, CXS_PROBLEM_DOCTYPE, 1, 0, "A DOCTYPE is not allowed.");
        }
    }
    if (doc == NULL && state->problem_count == before && !state->root_refused) {
        cxs_report(state, CXS_PROBLEM_SYNTAX, 1, 0, "The document could not be parsed.");
    }
    return doc;
}

cxs_result cxs_validate(const char *document, size_t document_length, const char *schema,
                        size_t schema_length, int max_depth, const char *root_attribute,
                        cxs_root_callback on_root, cxs_problem_callback on_problem, void *context) {
    pthread_once(&cxs_once, cxs_initialize);

    cxs_state state;
    memset(&state, 0, sizeof state);
    state.context = context;
    state.on_problem = on_problem;
    state.on_root = on_root;
    state.root_attribute = root_attribute;
    state.max_depth = max_depth > 0 ? max_depth : CXS_DEFAULT_MAX_DEPTH;

    /* This thread's error handlers (thread-local in libxml2) are ours for the call. */
    xmlStructuredErrorFunc saved_structured = xmlStructuredError;
    void *saved_structured_context = xmlStructuredErrorContext;
    xmlGenericErrorFunc saved_generic = xmlGenericError;
    void *saved_generic_context = xmlGenericErrorContext;
    xmlSetStructuredErrorFunc(&state, cxs_on_parse_error);
    xmlSetGenericErrorFunc(NULL, cxs_ignore_generic_error);

    cxs_result result = CXS_INVALID;
    xmlSchemaPtr compiled = NULL;
    xmlDocPtr doc = NULL;

    if (document == NULL || schema == NULL) {
        cxs_report(&state, CXS_PROBLEM_INTERNAL, 0, 0, "No document or no schema was given.");
        goto done;
    }
    compiled = cxs_compile_schema(schema, schema_length, &state);
    if (compiled == NULL) {
        goto done;
    }
    doc = cxs_parse_document(document, document_length, &state);
    if (state.root_refused) {
        result = CXS_ROOT_REFUSED;
        goto done;
    }
    if (doc == NULL || state.problem_count > 0) {
        goto done;
    }
    xmlSchemaValidCtxtPtr validation = xmlSchemaNewValidCtxt(compiled);
    if (validation == NULL) {
        cxs_report(&state, CXS_PROBLEM_INTERNAL, 0, 0, "Could not create a schema validator.");
        goto done;
    }
    xmlSchemaSetValidStructuredErrors(validation, cxs_on_validation_error, &state);
    int outcome = xmlSchemaValidateDoc(validation, doc);
    xmlSchemaFreeValidCtxt(validation);
    if (outcome != 0 && state.problem_count == 0) {
        cxs_report(&state, CXS_PROBLEM_INTERNAL, 0, 0, "The schema validator failed.");
    }
    if (state.problem_count == 0) {
        result = CXS_VALID;
    }

done:
    xmlFreeDoc(doc);
    xmlSchemaFree(compiled);
    xmlSetStructuredErrorFunc(saved_structured_context, saved_structured);
    xmlSetGenericErrorFunc(saved_generic_context, saved_generic);
    return result;
}
