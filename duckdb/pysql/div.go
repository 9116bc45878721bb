package pysql

import "database/sql"

func registerDiv(conn *sql.Conn) error { return nil } // stub: not yet written
