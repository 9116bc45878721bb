package pyops_test

import "testing"

// TestTimeBinLive checks fresh random and adversarial time bins against
// python3: widths, origins, labels and timestamps of every form
// fromisoformat 3.11 accepts and many it rejects.
func TestTimeBinLive(t *testing.T) { live(t, "bintime") }

// TestFromISOFormatLive checks pydatetime.Parse and AppendISO alone on
// fresh texts: datetime.fromisoformat(TEXT).isoformat() or its error.
func TestFromISOFormatLive(t *testing.T) { live(t, "fromisoformat") }
