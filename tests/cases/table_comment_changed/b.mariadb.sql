CREATE TABLE t (id INTEGER PRIMARY KEY) COMMENT 'ünïcødé — ✓ <script>alert(1)</script>';
CREATE TABLE u (id INTEGER PRIMARY KEY);
