package dev.crosswalk.web;

import org.apache.camel.support.DefaultHeaderFilterStrategy;

/**
 * Which message headers cross the HTTP boundary for the review pages. The HTTP components' default strategy drops
 * Cache-Control from answers (a proxy's concern elsewhere); these pages need their no-store to reach the browser.
 * Camel's own headers still stay inside, both ways.
 */
public final class WebHeaderFilter extends DefaultHeaderFilterStrategy {

    public WebHeaderFilter() {
        setLowerCase(true);
        setInFilterStartsWith(CAMEL_FILTER_STARTS_WITH);
        setOutFilterStartsWith(CAMEL_FILTER_STARTS_WITH);
        getOutFilter().add("content-length");
        getOutFilter().add("transfer-encoding");
    }
}
