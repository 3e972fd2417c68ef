#ifndef HALLDESK_CSQLITE3_SHIM_H
#define HALLDESK_CSQLITE3_SHIM_H

/* Only the benchmark uses SQLite: it is the store a user would pick instead of the log. */
#include <sqlite3.h>

#endif
