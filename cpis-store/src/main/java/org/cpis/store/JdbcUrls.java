package org.cpis.store;

/** JDBC URLs as they may be shown to people. */
final class JdbcUrls {

    private JdbcUrls() {
    }

    /** The URL without its parameters, which may carry a password. */
    static String withoutParameters(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }
}
