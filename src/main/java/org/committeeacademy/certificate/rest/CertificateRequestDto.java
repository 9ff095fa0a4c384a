package org.committeeacademy.certificate.rest;

/** Staff issuing ({@code memberId} and {@code reason}) or revoking ({@code reason}) a certificate. */
public record CertificateRequestDto(Long memberId, String reason) {}
