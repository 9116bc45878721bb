package webui

import "net/url"

// urlQuery parses a raw query as url.ParseQuery does (which refuses ';').
func urlQuery(raw string) (url.Values, error) { return url.ParseQuery(raw) }
