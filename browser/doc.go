// Package browser holds the real-browser tests of pyround's workbench page
// (webui/static): headless Chromium driven with chromedp.
package browser
