/**
 * A person's profile, the consents under which accessibility needs and talents are kept, the acknowledgement of the
 * privacy notice, and the interest list that tells people when a course opens at a venue; it owns {@code
 * member_profile}, {@code consent}, {@code interest_entry} and {@code interest_notice}.
 */
package org.committeeacademy.profile;
