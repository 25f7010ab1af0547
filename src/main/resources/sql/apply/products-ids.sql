select id, name from products where source = ? and name = any(?)
