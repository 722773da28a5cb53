CREATE TABLE base (id INTEGER PRIMARY KEY);
CREATE TABLE emp (id INTEGER PRIMARY KEY, dept_id INTEGER);
CREATE TABLE dept (id INTEGER PRIMARY KEY, head_id INTEGER, CONSTRAINT fk_dept_head FOREIGN KEY (head_id) REFERENCES emp (id));
ALTER TABLE emp ADD CONSTRAINT fk_emp_dept FOREIGN KEY (dept_id) REFERENCES dept (id);
CREATE INDEX ix_emp_dept ON emp (dept_id);
CREATE INDEX ix_dept_head ON dept (head_id);
