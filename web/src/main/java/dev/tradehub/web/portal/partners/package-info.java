/**
 * The portal's partner pages: the list, the guided onboarding form over {@code PartnerRegistry} (checked by the
 * same {@code PartnerProfileRules} as the API's {@code PUT}), and item cross-references imported and exported as
 * CSV through {@code CrossReferenceImport}.
 */
package dev.tradehub.web.portal.partners;
