// Auth.js's own endpoints (sign-in callbacks, session, CSRF); it guards itself.
export { GET, POST } from "@/lib/auth/handlers";
