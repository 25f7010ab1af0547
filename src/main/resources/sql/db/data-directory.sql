-- Which data directory the PostgreSQL on the embedded port serves (is it this home's?).
show data_directory
