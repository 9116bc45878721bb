package oracle

// KillNow kills o's process and waits until it has exited, as if it had
// crashed between two calls.
func KillNow(o *Oracle) {
	o.mu.Lock()
	p := o.proc
	o.mu.Unlock()
	if p != nil {
		p.cmd.Process.Kill()
		<-p.done
	}
}

// KillDuringNextBatch makes o's process die while the next call is writing
// its requests and reading the answers.
func KillDuringNextBatch(o *Oracle) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.hookBatch = func() {
		o.hookBatch = nil
		o.proc.cmd.Process.Kill()
	}
}

// Restarts returns how many times o restarted a dead process.
func Restarts(o *Oracle) int {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.restarts
}
