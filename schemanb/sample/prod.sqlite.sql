-- schemanb sample: the drifted "prod" shop schema, SQLite dialect.
--
-- The same design lives in dev.postgresql.sql and dev.mysql.sql; the drifted
-- production copy in prod.*.sql. Conventions of these files (the builder relies
-- on them): each statement ends with ";" at the end of a line, comments are whole
-- lines starting with "--", and no string literal contains a ";".
-- SQLite has no comments on tables or columns, so this variant has none.
--
-- This is the drifted "prod" copy of the dev schema: what production looks like
-- after a year of hand-applied hotfixes. Differences from dev.sqlite.sql:
--   * customers.loyalty_points    added column
--   * customers.full_name         widened from VARCHAR(100) to VARCHAR(255)
--   * addresses.postal_code       renamed to zip_code
--   * orders.currency             default changed from 'EUR' to 'USD'
--   * ix_shipments_tracking_number dropped
--   * hotfix_payments_order_status index added by hand
--   * audit_log                   an extra table

CREATE TABLE customers (
    id INTEGER NOT NULL PRIMARY KEY,
    email VARCHAR(255) NOT NULL,
    full_name VARCHAR(255) NOT NULL,
    phone VARCHAR(30),
    is_active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    loyalty_points INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT uq_customers_email UNIQUE (email)
);

CREATE TABLE addresses (
    id INTEGER NOT NULL PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    kind VARCHAR(10) NOT NULL DEFAULT 'shipping',
    line1 VARCHAR(200) NOT NULL,
    line2 VARCHAR(200),
    city VARCHAR(100) NOT NULL,
    zip_code VARCHAR(20),
    country_code CHAR(2) NOT NULL,
    is_default BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_addresses_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE,
    CONSTRAINT ck_addresses_kind CHECK (kind IN ('billing', 'shipping'))
);
CREATE INDEX ix_addresses_customer_id ON addresses (customer_id);

CREATE TABLE categories (
    id INTEGER NOT NULL PRIMARY KEY,
    parent_id INTEGER,
    name VARCHAR(100) NOT NULL,
    slug VARCHAR(100) NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT fk_categories_parent FOREIGN KEY (parent_id) REFERENCES categories (id) ON DELETE SET NULL,
    CONSTRAINT uq_categories_slug UNIQUE (slug)
);
CREATE INDEX ix_categories_parent_id ON categories (parent_id);

CREATE TABLE suppliers (
    id INTEGER NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    contact_email VARCHAR(255),
    country_code CHAR(2) NOT NULL,
    rating SMALLINT,
    CONSTRAINT ck_suppliers_rating CHECK (rating BETWEEN 1 AND 5)
);

CREATE TABLE products (
    id INTEGER NOT NULL PRIMARY KEY,
    sku VARCHAR(40) NOT NULL,
    name VARCHAR(200) NOT NULL,
    description TEXT,
    supplier_id INTEGER,
    unit_price NUMERIC(10, 2) NOT NULL,
    weight_grams INTEGER,
    is_active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_products_supplier FOREIGN KEY (supplier_id) REFERENCES suppliers (id) ON DELETE SET NULL,
    CONSTRAINT uq_products_sku UNIQUE (sku),
    CONSTRAINT ck_products_unit_price CHECK (unit_price >= 0)
);
CREATE INDEX ix_products_supplier_id ON products (supplier_id);

-- The many-to-many association between products and categories.
CREATE TABLE product_categories (
    product_id INTEGER NOT NULL,
    category_id INTEGER NOT NULL,
    PRIMARY KEY (product_id, category_id),
    CONSTRAINT fk_product_categories_product FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE,
    CONSTRAINT fk_product_categories_category FOREIGN KEY (category_id) REFERENCES categories (id) ON DELETE CASCADE
);
CREATE INDEX ix_product_categories_category_id ON product_categories (category_id);

CREATE TABLE warehouses (
    id INTEGER NOT NULL PRIMARY KEY,
    code VARCHAR(10) NOT NULL,
    name VARCHAR(100) NOT NULL,
    city VARCHAR(100) NOT NULL,
    country_code CHAR(2) NOT NULL,
    CONSTRAINT uq_warehouses_code UNIQUE (code)
);

CREATE TABLE inventory (
    warehouse_id INTEGER NOT NULL,
    product_id INTEGER NOT NULL,
    quantity INTEGER NOT NULL DEFAULT 0,
    reorder_level INTEGER NOT NULL DEFAULT 10,
    updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (warehouse_id, product_id),
    CONSTRAINT fk_inventory_warehouse FOREIGN KEY (warehouse_id) REFERENCES warehouses (id),
    CONSTRAINT fk_inventory_product FOREIGN KEY (product_id) REFERENCES products (id),
    CONSTRAINT ck_inventory_quantity CHECK (quantity >= 0)
);
CREATE INDEX ix_inventory_product_id ON inventory (product_id);

CREATE TABLE coupons (
    id INTEGER NOT NULL PRIMARY KEY,
    code VARCHAR(30) NOT NULL,
    discount_percent NUMERIC(5, 2) NOT NULL,
    valid_from DATE NOT NULL,
    valid_until DATE,
    max_uses INTEGER,
    CONSTRAINT uq_coupons_code UNIQUE (code),
    CONSTRAINT ck_coupons_discount CHECK (discount_percent > 0 AND discount_percent <= 100),
    CONSTRAINT ck_coupons_validity CHECK (valid_until IS NULL OR valid_until >= valid_from)
);

CREATE TABLE orders (
    id INTEGER NOT NULL PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    shipping_address_id INTEGER,
    coupon_id INTEGER,
    status VARCHAR(20) NOT NULL DEFAULT 'pending',
    placed_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    total_amount NUMERIC(12, 2) NOT NULL DEFAULT 0,
    currency CHAR(3) NOT NULL DEFAULT 'USD',
    notes TEXT,
    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT fk_orders_shipping_address FOREIGN KEY (shipping_address_id) REFERENCES addresses (id),
    CONSTRAINT fk_orders_coupon FOREIGN KEY (coupon_id) REFERENCES coupons (id),
    CONSTRAINT ck_orders_status CHECK (status IN ('pending', 'paid', 'shipped', 'delivered', 'cancelled')),
    CONSTRAINT ck_orders_total_amount CHECK (total_amount >= 0)
);
CREATE INDEX ix_orders_customer_placed ON orders (customer_id, placed_at);
CREATE INDEX ix_orders_shipping_address_id ON orders (shipping_address_id);
CREATE INDEX ix_orders_coupon_id ON orders (coupon_id);
-- Partial index: only open orders are looked up by date.
CREATE INDEX ix_orders_open ON orders (placed_at) WHERE status IN ('pending', 'paid');

CREATE TABLE order_items (
    id INTEGER NOT NULL PRIMARY KEY,
    order_id INTEGER NOT NULL,
    product_id INTEGER NOT NULL,
    quantity INTEGER NOT NULL,
    unit_price NUMERIC(10, 2) NOT NULL,
    discount NUMERIC(10, 2) NOT NULL DEFAULT 0,
    CONSTRAINT fk_order_items_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
    CONSTRAINT fk_order_items_product FOREIGN KEY (product_id) REFERENCES products (id),
    CONSTRAINT ck_order_items_quantity CHECK (quantity > 0)
);
CREATE UNIQUE INDEX ux_order_items_order_product ON order_items (order_id, product_id);
CREATE INDEX ix_order_items_product_id ON order_items (product_id);

CREATE TABLE payments (
    id INTEGER NOT NULL PRIMARY KEY,
    order_id INTEGER NOT NULL,
    method VARCHAR(20) NOT NULL,
    amount NUMERIC(12, 2) NOT NULL,
    status VARCHAR(20) NOT NULL DEFAULT 'authorized',
    provider_reference VARCHAR(100),
    paid_at TIMESTAMP,
    CONSTRAINT fk_payments_order FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT uq_payments_provider_reference UNIQUE (provider_reference),
    CONSTRAINT ck_payments_method CHECK (method IN ('card', 'paypal', 'bank_transfer')),
    CONSTRAINT ck_payments_amount CHECK (amount > 0)
);
CREATE INDEX ix_payments_order_id ON payments (order_id);
-- Added by hand during an incident (slow payment lookups by order and status).
CREATE INDEX hotfix_payments_order_status ON payments (order_id, status);

CREATE TABLE shipments (
    id INTEGER NOT NULL PRIMARY KEY,
    order_id INTEGER NOT NULL,
    warehouse_id INTEGER NOT NULL,
    carrier VARCHAR(50) NOT NULL,
    tracking_number VARCHAR(100),
    shipped_at TIMESTAMP,
    delivered_at TIMESTAMP,
    CONSTRAINT fk_shipments_order FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT fk_shipments_warehouse FOREIGN KEY (warehouse_id) REFERENCES warehouses (id),
    CONSTRAINT ck_shipments_dates CHECK (delivered_at IS NULL OR delivered_at >= shipped_at)
);
CREATE INDEX ix_shipments_order_id ON shipments (order_id);
CREATE INDEX ix_shipments_warehouse_id ON shipments (warehouse_id);

CREATE TABLE reviews (
    id INTEGER NOT NULL PRIMARY KEY,
    product_id INTEGER NOT NULL,
    customer_id INTEGER NOT NULL,
    rating SMALLINT NOT NULL,
    title VARCHAR(200),
    body TEXT,
    is_verified BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_reviews_product FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE,
    CONSTRAINT fk_reviews_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT uq_reviews_product_customer UNIQUE (product_id, customer_id),
    CONSTRAINT ck_reviews_rating CHECK (rating BETWEEN 1 AND 5)
);
CREATE INDEX ix_reviews_customer_id ON reviews (customer_id);

-- Created in production only, for an audit trigger that never reached dev.
CREATE TABLE audit_log (
    id INTEGER NOT NULL PRIMARY KEY,
    table_name VARCHAR(64) NOT NULL,
    row_id INTEGER NOT NULL,
    action VARCHAR(10) NOT NULL,
    changed_by VARCHAR(100),
    changed_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT ck_audit_log_action CHECK (action IN ('insert', 'update', 'delete'))
);
CREATE INDEX ix_audit_log_table_row ON audit_log (table_name, row_id);

CREATE VIEW order_totals AS
SELECT o.id AS order_id,
       o.customer_id AS customer_id,
       o.status AS status,
       COUNT(i.id) AS item_count,
       COALESCE(SUM(i.quantity * i.unit_price - i.discount), 0) AS items_total
FROM orders o
LEFT JOIN order_items i ON i.order_id = o.id
GROUP BY o.id, o.customer_id, o.status;

CREATE VIEW product_stock AS
SELECT p.id AS product_id,
       p.sku AS sku,
       p.name AS name,
       COALESCE(SUM(inv.quantity), 0) AS quantity_on_hand
FROM products p
LEFT JOIN inventory inv ON inv.product_id = p.id
WHERE p.is_active = TRUE
GROUP BY p.id, p.sku, p.name;
