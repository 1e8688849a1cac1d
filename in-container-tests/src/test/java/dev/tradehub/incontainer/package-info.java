/**
 * In-container tests on Payara Micro (Arquillian): the product's EJB, JMS and persistence modules deployed with the
 * Artemis resource adapter and an H2 XA data source, exercised with real container-managed transactions.
 */
package dev.tradehub.incontainer;
