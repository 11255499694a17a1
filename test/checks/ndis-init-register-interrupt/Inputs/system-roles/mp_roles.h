// The driver's role declarations, in a header the system-header runs reach
// through -isystem.
#pragma once
#include <ndis.h>

MINIPORT_INITIALIZE MPInitializeEx;
