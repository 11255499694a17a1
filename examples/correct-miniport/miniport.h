/*
 * miniport.h - the correct driver shares its hardware and adapter
 * definitions with the leaky one: only miniport.c differs between them.
 */
#include "../leaky-miniport/miniport.h"
