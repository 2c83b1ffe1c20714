#ifndef RFM_CLIBPQ_SHIM_H
#define RFM_CLIBPQ_SHIM_H

#include <libpq-fe.h>

/* PG_DIAG_* are char-literal macros ('C', 'M', ...) that Swift does not import. */
static const int RFM_PG_DIAG_SQLSTATE = 'C';
static const int RFM_PG_DIAG_MESSAGE_PRIMARY = 'M';
static const int RFM_PG_DIAG_MESSAGE_DETAIL = 'D';
static const int RFM_PG_DIAG_MESSAGE_HINT = 'H';
static const int RFM_PG_DIAG_SEVERITY_NONLOCALIZED = 'V';

#endif
