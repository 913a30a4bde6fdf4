import { StatusCard } from "@/components/ui/status-card";

export default function NotFound() {
  return (
    <main className="auth-wrap">
      <div className="auth-card">
        <StatusCard title="Page not found">
          <p>The page you asked for does not exist, or it was moved.</p>
        </StatusCard>
      </div>
    </main>
  );
}
